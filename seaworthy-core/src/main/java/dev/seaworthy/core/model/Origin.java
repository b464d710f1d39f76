package dev.seaworthy.core.model;

/** Where a resource came from. */
public enum Origin {
  MANIFEST,
  TERRAFORM,
  EKSCTL,
  LIVE
}
