package dev.readiness.report;

import dev.readiness.contract.Contract;
import dev.readiness.core.Printable;

/** How the reports name a waiver in a line of text: its reason, owner and last day. */
final class WaiverText {

    private WaiverText() {
    }

    static String of(Contract.Waiver waiver) {
        return Printable.of(waiver.reason() + " (" + waiver.owner() + ", until " + waiver.expires() + ")");
    }
}
