package io.cognate.userpool.user;

/**
 * Masks delivery destinations as Cognito shows them, and invents stable, plausible ones for users
 * that do not exist, so that a response never tells whether a username is taken
 * (PreventUserExistenceErrors, SECURITY-CASES 13).
 */
final class Destinations {

    private Destinations() {}

    /** {@code alice@example.com} → {@code a***@e***}. */
    static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        String local = at > 0 ? email.substring(0, at) : email;
        String domain = at >= 0 && at + 1 < email.length() ? email.substring(at + 1) : "";
        return first(local) + "***@" + first(domain) + "***";
    }

    /** {@code +12065550100} → {@code +*******0100}: only the last four digits stay. */
    static String maskPhone(String phone) {
        int visible = Math.min(4, Math.max(0, phone.length() - 1));
        int hidden = Math.max(0, phone.length() - 1 - visible);
        return "+" + "*".repeat(hidden) + phone.substring(phone.length() - visible);
    }

    /**
     * What a delivery to a user named {@code username} would look like over {@code medium}: the
     * username itself masked when it is an email / phone number, otherwise a value derived from the
     * name, the same on every call.
     */
    static CodeDeliveryDetails plausible(String username, String medium) {
        boolean email = medium.equals("EMAIL");
        String destination;
        if (email) {
            destination =
                    AttributeRules.EMAIL.matcher(username).matches()
                            ? maskEmail(username)
                            : first(username) + "***@" + letter(username) + "***";
        } else {
            destination =
                    AttributeRules.PHONE.matcher(username).matches()
                            ? maskPhone(username)
                            : "+*******"
                                    + String.format("%04d", Math.floorMod(hash(username), 10_000));
        }
        return new CodeDeliveryDetails(destination, medium, email ? "email" : "phone_number");
    }

    private static String first(String value) {
        return value.isEmpty() ? "" : value.substring(0, value.offsetByCodePoints(0, 1));
    }

    private static char letter(String username) {
        return (char) ('a' + Math.floorMod(hash(username) >>> 8, 26));
    }

    private static int hash(String username) {
        return username.hashCode() * 0x9E3779B1;
    }
}
