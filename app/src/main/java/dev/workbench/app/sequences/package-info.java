/**
 * The sequence lessons' own views: the memory horizon at initialisation and now, and the inside of
 * the recurrent cell (gates and states over one window). They receive plain records only.
 */
package dev.workbench.app.sequences;
