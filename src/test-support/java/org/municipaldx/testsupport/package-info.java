/** Test helpers shared by every module's tests (added as a test source root by the parent POM). */
package org.municipaldx.testsupport;
