package org.warraq.serve;

/** A request the server refuses before routing it, with the status to answer. */
final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
