package dk.protokol.web.common;

import dk.protokol.events.words.Words;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The pages speak Danish unless the reader asks for English with {@code ?lang=en}; the choice is kept in a
 * cookie, so it needs no session. Every rendered page knows who is looking at it ({@link Viewers}, {@link PageViewer}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    private final Viewers viewers;

    public WebConfiguration(Viewers viewers) {
        this.viewers = viewers;
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("protokol-sprog");
        resolver.setDefaultLocale(DANISH);
        return resolver;
    }

    /**
     * messages.properties is the Danish text. Without this bean Spring Boot's message source falls back to the
     * JVM's locale before the default file, so a server running in English would show English to Danish readers.
     * {@code i18n/words} is the published language's words (shared-events), the same the documents, histories and
     * rule messages use: the pages ask for them by their keys ({@code #{outcome.ADOPTED}}).
     */
    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/secretary", "i18n/review", "i18n/history", "i18n/errors",
                "i18n/admin", "i18n/audit", "i18n/public",
                Words.BUNDLE);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** An erased person is named in the page's language ({@link ErasedNameInPageLanguage}). */
    @Bean
    public static BeanPostProcessor erasedNameInPageLanguage() {
        return ErasedNameInPageLanguage.installer();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new PageViewer(viewers));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(viewers);
    }
}
