package dev.workbench.lessons.cli;

/** Bad command-line input; the message says what is allowed. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
