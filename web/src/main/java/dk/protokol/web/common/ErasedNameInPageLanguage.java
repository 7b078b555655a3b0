package dk.protokol.web.common;

import dk.protokol.events.words.Words;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An erased person is named in the page's language: the read side names them "Slettet person" (the published
 * language's word {@code person.erased} in Danish) wherever a name stands, and every page shows names through
 * Thymeleaf's variable expressions. This evaluator is Spring's own with one step after it: a value that is exactly the
 * erased person's Danish name becomes the word of the page's locale ({@code Words.of(locale)}: "Erased person" in
 * English). Only a whole value is replaced, so text someone wrote that merely contains the words stays as written.
 * Installed in the template engine by {@link #installer()}; the rest of Spring's standard dialect is unchanged.
 */
public final class ErasedNameInPageLanguage implements IStandardVariableExpressionEvaluator {

    static final ErasedNameInPageLanguage INSTANCE = new ErasedNameInPageLanguage();
    private static final String ERASED = Words.DANISH.word("person.erased");

    private ErasedNameInPageLanguage() {
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext executionContext) {
        Object value = SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, expression, executionContext);
        return ERASED.equals(value) ? Words.of(context.getLocale()).word("person.erased") : value;
    }

    /** Spring's standard dialect evaluating through {@link ErasedNameInPageLanguage}. */
    static final class Dialect extends SpringStandardDialect {

        @Override
        public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
            return INSTANCE;
        }
    }

    /**
     * Puts the {@link Dialect} in place of Spring's standard dialect in the template engine Spring Boot made, keeping
     * its settings and every other dialect (security, Java time) as they were. Runs before the engine's first use.
     */
    public static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    Set<IDialect> dialects = new LinkedHashSet<>();
                    for (IDialect dialect : engine.getDialects()) {
                        if (dialect instanceof SpringStandardDialect standard && !(dialect instanceof Dialect)) {
                            Dialect ours = new Dialect();
                            ours.setEnableSpringELCompiler(standard.getEnableSpringELCompiler());
                            ours.setRenderHiddenMarkersBeforeCheckboxes(
                                    standard.getRenderHiddenMarkersBeforeCheckboxes());
                            dialects.add(ours);
                        } else {
                            dialects.add(dialect);
                        }
                    }
                    engine.setDialects(dialects);
                }
                return bean;
            }
        };
    }
}
