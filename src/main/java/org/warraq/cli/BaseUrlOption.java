package org.warraq.cli;

import org.warraq.config.BaseUrl;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a {@code --base-url} when the command line is read: a bad one is a usage error (exit 2)
 * before site.yaml is even read, not a build failure. The value stays the text given; the build
 * parses it again where it replaces site.yaml's.
 */
final class BaseUrlOption implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            BaseUrl.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return value;
    }
}
