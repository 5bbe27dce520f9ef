package org.municipaldx.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes stay package-private
 * behind their abstract value type, builders are strict (each attribute set at most once) and the
 * generated code uses only the JDK and {@code jakarta.*}. No annotation found on the class path is added
 * to generated classes ({@code allowedClasspathAnnotations} lists only {@code Override}, which is always
 * applied): in particular not {@code org.immutables.value.Generated}, whose jar is only {@code provided},
 * so a user compiling with {@code -Xlint:all -Werror} would get "class file for
 * org.immutables.value.Generated not found" warnings.
 *
 * <p>Not API: exported only to the library's own modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    strictBuilder = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
public @interface DxStyle {}
