package io.cognate.gateway.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The gateway in front of {@link RecordingUpstreams}. */
public class RecordingUpstreamsProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RecordingUpstreams.class));
    }
}
