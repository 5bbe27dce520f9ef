/** A small application built against municipal-dx as a vendor builds one: JSON, Bean Validation in Japanese. */
package org.municipaldx.consumertest;
