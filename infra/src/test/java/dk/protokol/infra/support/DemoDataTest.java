package dk.protokol.infra.support;

import dk.protokol.infra.ProtokolApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one application context of the tests that work on the demo organisations: the real application on a random
 * port, demo data loaded, on a fresh PostgreSQL database. Every class with this annotation shares it (Spring's test
 * context cache), and so shares its database: such a test looks only at what it recorded itself (its own meeting,
 * its own actions), never at the whole of a list another test may add to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "protokol.demo-data=true")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface DemoDataTest {
}
