package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.user.Attribute;
import java.util.List;

/**
 * The app client's {@code WriteAttributes}: a client that names them may write only those. A client
 * that names none may write every attribute except the {@code *_verified} flags: a user proves
 * ownership of an email or phone number with a code, never by saying so.
 */
public final class WritableAttributes {

    static final String UNAUTHORIZED = "A client attempted to write unauthorized attribute";

    private WritableAttributes() {}

    public static void check(AppClient client, List<Attribute> attributes) {
        if (attributes == null) {
            return;
        }
        List<String> allowed = client.writeAttributes();
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            boolean permitted =
                    allowed.isEmpty() ? !name.endsWith("_verified") : allowed.contains(name);
            if (!permitted) {
                throw new NotAuthorizedException(UNAUTHORIZED);
            }
        }
    }
}
