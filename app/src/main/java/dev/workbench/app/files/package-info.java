/** Where the app saves files, and exporting charts as images. No engine internals here. */
package dev.workbench.app.files;
