package io.cognate.e2e;

import java.nio.file.Path;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts Keycloak as the test run begins when the run includes {@link SamlThroughGatewayIT}: its
 * first start (Quarkus augmentation, a new database) takes minutes on two cores, and so overlaps
 * the classes that run before it instead of adding to the run. The class takes the instance over
 * ({@link #take()}) and stops it; one never taken is stopped when the run ends.
 */
public final class EarlyKeycloak implements TestExecutionListener {

    private static Keycloak launched;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted =
                plan.getRoots().stream()
                        .flatMap(root -> plan.getDescendants(root).stream())
                        .anyMatch(
                                test ->
                                        test.getSource()
                                                .filter(ClassSource.class::isInstance)
                                                .map(ClassSource.class::cast)
                                                .filter(
                                                        source ->
                                                                source.getClassName()
                                                                        .equals(
                                                                                SamlThroughGatewayIT
                                                                                        .class
                                                                                        .getName()))
                                                .isPresent());
        if (wanted) {
            try {
                synchronized (EarlyKeycloak.class) {
                    launched = launch();
                }
            } catch (Exception e) {
                // SamlThroughGatewayIT launches it again and reports why it cannot start.
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Keycloak left;
        synchronized (EarlyKeycloak.class) {
            left = launched;
            launched = null;
        }
        if (left != null) {
            try {
                left.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The Keycloak started early, or one started now; the caller stops it. */
    static synchronized Keycloak take() throws Exception {
        Keycloak taken = launched != null ? launched : launch();
        launched = null;
        return taken;
    }

    /** Where the tests keep Keycloak's log and the SAML settings: beside the suite's data. */
    static Path workDirectory() {
        return Path.of(System.getProperty("cognate.e2e.data", "target/e2e-data"))
                .toAbsolutePath()
                .resolveSibling("e2e-saml");
    }

    private static Keycloak launch() throws Exception {
        return Keycloak.launch(
                Path.of(System.getProperty("cognate.e2e.keycloak.home", "target/keycloak-26.7.3")),
                workDirectory());
    }
}
