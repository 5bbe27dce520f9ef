/**
 * The shared vocabulary of a municipality's digital transformation: fiscal years, municipalities and
 * their codes, departments, the five-less categories and other DX tags, procedures and their online
 * take-up.
 */
@DxStyle
package org.municipaldx.core;

import org.municipaldx.core.internal.DxStyle;
