package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;

/**
 * {@code CodeDeliveryDetailsType}: where a code went, with the destination masked as Cognito masks
 * it ({@code a***@e***}, {@code +*******0100}), never the address itself.
 */
public record CodeDeliveryDetails(String destination, String deliveryMedium, String attributeName) {

    public static CodeDeliveryDetails of(CodeDeliveryRequested delivery) {
        boolean email = delivery.deliveryMedium().equals("EMAIL");
        return new CodeDeliveryDetails(
                email
                        ? Destinations.maskEmail(delivery.destination())
                        : Destinations.maskPhone(delivery.destination()),
                delivery.deliveryMedium(),
                email ? "email" : "phone_number");
    }
}
