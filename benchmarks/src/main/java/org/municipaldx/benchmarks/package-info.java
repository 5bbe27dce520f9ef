/** JMH benchmarks: roll-up kernels against baselines, IoT decoding and aggregation. */
package org.municipaldx.benchmarks;
