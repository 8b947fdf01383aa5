/**
 * Working days (工作日). Every deadline in the cycle counts working days. For now a working day is Monday to
 * Friday; statutory holidays and make-up workdays (调休) come with the calendar files of the next step.
 */
package org.reportcycle.calendar;
