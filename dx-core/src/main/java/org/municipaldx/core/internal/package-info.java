/** Implementation support shared by the library's modules; not API, not exported to users. */
package org.municipaldx.core.internal;
