/** Implementation helpers of dx-regulation; not API (kanji numerals moved to dx-core's internal package). */
package org.municipaldx.regulation.internal;
