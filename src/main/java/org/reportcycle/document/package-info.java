/**
 * The official document (公文) as typeset after GB/T 9704-2012: one model of the bulletin as printed
 * ({@link org.reportcycle.document.BulletinDocument}) and its renderings as plain text, HTML, DOCX and PDF, and the
 * Word page setup other documents (the period summaries) share. Pure rendering: no database, web or engine.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.reportcycle.document;

import org.springframework.modulith.ApplicationModule;
