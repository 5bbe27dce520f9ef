package org.municipaldx.procurement.ocds;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a jqwik container when the shared OCDS schema folder is absent (a user's clone without shared/). */
public class RequiresOcdsSchema implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return OcdsSchema.present() ? SkipResult.doNotSkip() : SkipResult.skip(OcdsSchema.SKIP_REASON);
  }
}
