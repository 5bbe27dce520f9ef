/**
 * The compliance table of many places over days, months or fiscal years, accumulated in one pass in
 * bounded memory: counts, min/max/mean, readings and time out of range, exceedance spans, daily
 * averages where a standard judges them, silent periods and coverage.
 */
package org.municipaldx.iot.report;
