package dk.protokol.web.secretary;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.core.Authentication;

import java.util.UUID;

/**
 * Asks the one policy bean ({@code accessPolicy}, TEAM-NOTES) the same questions the command API's
 * {@code @PreAuthorize} asks, but from inside the page controller: a refused save is then answered with the
 * page and what was typed, not an error page. Without a policy bean nobody may record.
 */
class SecretaryAccess {

    static final String POLICY_BEAN = "accessPolicy";

    private static final Expression FOR_BODY =
            new SpelExpressionParser().parseExpression("@accessPolicy.canRecordFor(#authentication, #id)");
    private static final Expression FOR_MEETING =
            new SpelExpressionParser().parseExpression("@accessPolicy.canRecordForMeeting(#authentication, #id)");

    private final BeanFactory beans;

    SecretaryAccess(BeanFactory beans) {
        this.beans = beans;
    }

    boolean canRecordFor(Authentication authentication, UUID bodyId) {
        return ask(FOR_BODY, authentication, bodyId);
    }

    boolean canRecordForMeeting(Authentication authentication, UUID meetingId) {
        return ask(FOR_MEETING, authentication, meetingId);
    }

    private boolean ask(Expression question, Authentication authentication, UUID id) {
        if (authentication == null || id == null || !beans.containsBean(POLICY_BEAN)) {
            return false;
        }
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beans));
        context.setVariable("authentication", authentication);
        context.setVariable("id", id);
        return Boolean.TRUE.equals(question.getValue(context, Boolean.class));
    }
}
