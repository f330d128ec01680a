#!/usr/bin/env Rscript
# Writes a novel shipped in Debian's r-cran-janeaustenr as plain UTF-8 text, one line per
# line of the book, ending in a newline.
#   apt-get install r-base-core r-cran-janeaustenr
#   Rscript extract_novel.R prideprejudice pride-and-prejudice.txt
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) {
  stop("usage: Rscript extract_novel.R NOVEL OUT.txt (NOVEL: prideprejudice, emma, persuasion, ...)")
}
data(list = args[1], package = "janeaustenr", envir = environment())
lines <- get(args[1])
out <- file(args[2], open = "wb")
writeLines(enc2utf8(lines), out, sep = "\n", useBytes = TRUE)
close(out)
