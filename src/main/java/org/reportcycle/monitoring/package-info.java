/** Where the cycle stands: each department's report status with times, overdue marked, for the office. */
package org.reportcycle.monitoring;
