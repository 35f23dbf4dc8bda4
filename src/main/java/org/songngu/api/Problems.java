package org.songngu.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem responses (HTTP statuses answered as {@code application/problem+json}) an API
 * operation can give besides 401, which every operation can; {@link OpenApiConfiguration}
 * documents them per operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Problems {

    int[] value();
}
