/** The library's JSON contract for Jackson 3 ({@code tools.jackson}), as {@code DxJson} is for Jackson 2. */
package org.municipaldx.jackson3;
