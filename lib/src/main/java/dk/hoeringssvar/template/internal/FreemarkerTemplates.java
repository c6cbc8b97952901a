package dk.hoeringssvar.template.internal;

import dk.hoeringssvar.template.TemplateException;
import dk.hoeringssvar.template.TemplateSource;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TimeZone;

/**
 * The engine's FreeMarker setup, built once and then only read (FreeMarker's {@link Configuration} is
 * thread-safe once configured). Output is XML with auto-escaping, so no value can inject markup;
 * {@code ?new} and {@code ?api} are off; the object wrapper exposes only the library's own records.
 */
public final class FreemarkerTemplates {

    private static final Version VERSION = Configuration.VERSION_2_3_34;
    private static final String BUNDLED_ROOT = "dk/hoeringssvar/templates";

    private final Configuration configuration;
    /** Parsed templates by name; FreeMarker's own cache answers too, but through locale and loader lookups. */
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    public FreemarkerTemplates(List<TemplateSource> userSources) {
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(loader(userSources));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);

        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(new ModelOnlyAccessPolicy());
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        wrapper.setUseAdaptersForContainers(true);
        wrapper.setDOMNodeSupport(false);
        wrapper.setJythonSupport(false);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    /**
     * Runs a template over {@code data} and returns the markup it emits.
     *
     * @throws TemplateException naming the template, line and column
     */
    public String process(String templateName, Object data) {
        Template template = loaded.computeIfAbsent(templateName, this::load);
        MarkupBuffer out = new MarkupBuffer(8192);
        try {
            template.process(data, out);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateException("template " + e.getTemplateSourceName() + " failed at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop()),
                    nameOr(e.getTemplateSourceName(), templateName), orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()), e);
        } catch (IOException e) {
            throw new TemplateException("template " + templateName + " could not be written: " + e.getMessage(),
                    templateName, 0, 0, e);
        }
        return out.toString();
    }

    /** Loads and parses a template, so that a missing or broken one is reported before any data is used. */
    public void check(String templateName) {
        load(templateName);
    }

    private Template load(String templateName) {
        try {
            return configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new TemplateException("unknown template '" + templateName + "'", templateName, 0, 0, e);
        } catch (ParseException e) {
            throw new TemplateException("template " + nameOr(e.getTemplateName(), templateName)
                    + " has a syntax error at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + firstLine(e.getEditorMessage()),
                    nameOr(e.getTemplateName(), templateName), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (freemarker.template.MalformedTemplateNameException e) {
            throw new TemplateException("template name '" + templateName + "' is not allowed: " + e.getMessage(),
                    templateName, 0, 0, e);
        } catch (IOException e) {
            throw new TemplateException("template '" + templateName + "' could not be read: " + e.getMessage(),
                    templateName, 0, 0, e);
        }
    }

    private static TemplateLoader loader(List<TemplateSource> userSources) {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (TemplateSource source : userSources) {
            loaders.add(switch (source) {
                case TemplateSource.Directory d -> fileLoader(d);
                case TemplateSource.Classpath c -> new ClassTemplateLoader(c.loader(), c.basePath());
            });
        }
        loaders.add(new ClassTemplateLoader(FreemarkerTemplates.class.getClassLoader(), BUNDLED_ROOT));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static TemplateLoader fileLoader(TemplateSource.Directory directory) {
        try {
            return new FileTemplateLoader(directory.path().toFile(), false);
        } catch (IOException e) {
            throw new TemplateException("template directory " + directory.path() + " cannot be read: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }

    private static String nameOr(String name, String fallback) {
        return name != null ? name : fallback;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * Collects what a template writes: a {@code StringWriter} without the lock its {@code StringBuffer}
     * takes on every one of the many small writes a template makes.
     */
    private static final class MarkupBuffer extends Writer {
        private final StringBuilder text;

        MarkupBuffer(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence sequence) {
            text.append(sequence);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
