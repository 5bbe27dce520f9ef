/**
 * The Digital Agency's national survey of administrative procedures (行政手続等の悉皆調査): the
 * typed model of its 38 columns and code lists, the streaming reader (strict and survey modes),
 * take-up, time-saving potential, five-less indicators and a municipality's coverage.
 */
package org.municipaldx.survey;
