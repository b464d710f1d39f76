package dev.seaworthy.cli;

/** A problem with what the user asked for (a bad config file, an unknown rule): exit code 2, one line. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message, null, false, false);
  }
}
