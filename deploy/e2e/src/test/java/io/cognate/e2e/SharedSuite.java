package io.cognate.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One launch of the suite for every test class that needs nothing special of it: the first such
 * class starts it, the others find it running ({@code deploy/local/run} then returns at once), and
 * it is stopped once, when the whole test run ends. Launching takes most of an e2e run's time, so
 * classes share it rather than each paying for its own. A class that must restart the suite or
 * launch it with other settings ({@link SuiteIT}, {@link ExpiredCredentialsIT}) manages its own
 * launch; the next sharing class then starts it again.
 */
final class SharedSuite implements BeforeAllCallback {

    static final LocalSuite SUITE = LocalSuite.fromSystemProperties();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        stopWhenRunEnds(context);
        SUITE.start();
    }

    /**
     * For a class that launches the suite with settings of its own and leaves it running for the
     * sharing classes after it ({@link SamlThroughGatewayIT}): stopped once, when the run ends.
     */
    static final class StoppedWhenRunEnds implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            stopWhenRunEnds(context);
        }
    }

    private static void stopWhenRunEnds(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(
                        SharedSuite.class,
                        key -> (ExtensionContext.Store.CloseableResource) SUITE::stop,
                        ExtensionContext.Store.CloseableResource.class);
    }
}
