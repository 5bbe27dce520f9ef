/** Implementation helpers of dx-regulation (kanji numerals, CSV cells, text decoding); not API. */
package org.municipaldx.regulation.internal;
