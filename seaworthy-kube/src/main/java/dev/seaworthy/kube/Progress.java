package dev.seaworthy.kube;

/** Told as kinds are listed, so a terminal can show a progress bar; called from several threads. */
public interface Progress {

  Progress NONE = (done, total, objects) -> {};

  /** {@code done} of {@code total} kinds listed so far, {@code objects} seen so far. */
  void update(int done, int total, long objects);
}
