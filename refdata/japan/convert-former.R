#!/usr/bin/env Rscript
# Japan's former municipalities (市町村 merged, renamed or made cities since 1970) and the municipality each is now:
# 水上町 (Gunma) is みなかみ町 since 2005, 浦和市 part of さいたま市 since 2001. Chinese tables of ties signed before a
# merger still write the former name.
#
# Source: e-Stat's record of municipal mergers and separations (廃置分合等), 1970-04-01 to 2024-01-01, as the R
# package jpcity (MIT; https://github.com/UchidaMizuki/jpcity) keeps it in data-raw/absorption_separation.rds.
# Run once, with base R only (Debian's r-base-core):
#   git -C <jpcity git dir> show HEAD:data-raw/absorption_separation.rds > /tmp/absorption_separation.rds
#   Rscript refdata/japan/convert-former.R /tmp/absorption_separation.rds \
#     src/main/resources/refdata/japan/municipalities.tsv src/main/resources/refdata/japan/former.tsv
# Writes: former name (kanji, with its designation), its reading in kana, prefecture, the code of the municipality it
# is now and its name (a code of municipalities.tsv), the date of the change that ended the name, and that change.
args <- commandArgs(trailingOnly = TRUE)
x <- readRDS(args[1])
current <- read.delim(args[2], colClasses = "character", comment.char = "#", quote = "")
kept <- c("新設合併", "編入合併", "名称変更", "市制施行", "町制施行", "政令指定都市施行")
x <- x[x$type %in% kept & !is.na(x$from$city_name) & !is.na(x$to$city_code), ]
x <- x[order(x$date), ]
# the municipality a code became: the last change that took it into another code
successor <- setNames(x$to$city_code, x$from$city_code)
successor <- successor[names(successor) != successor]
now <- function(code) {
  seen <- character(0)
  while (!(code %in% current$code) && code %in% names(successor) && !(code %in% seen)) {
    seen <- c(seen, code)
    code <- successor[[code]]
  }
  code
}
# the name a code bears last (a designated city, which the list of municipalities leaves out, by its name)
name_of <- setNames(ifelse(is.na(x$to$city_name), x$to$city_desig_name, x$to$city_name), x$to$city_code)
name_of <- name_of[!duplicated(names(name_of), fromLast = TRUE)]
rows <- data.frame(
  former = x$from$city_name,
  reading = x$from$city_name_kana,
  prefecture = x$from$pref_name,
  now = vapply(x$to$city_code, now, character(1)),
  now_name = NA_character_,
  date = format(x$date),
  change = x$type,
  stringsAsFactors = FALSE
)
rows$now_name <- ifelse(rows$now %in% current$code,
                        paste0(current$municipality, current$designation)[match(rows$now, current$code)],
                        name_of[rows$now])
# a former name is one no municipality bears today, of a town, village or city (not a ward)
names_now <- paste0(current$municipality, current$designation)
# a designated city's former parts are left out (tried: 高松町 of Okayama took 高松 from Takamatsu)
# a stem of one character (中町, 北村) would be a common character of any Chinese text, no name
rows <- rows[rows$now %in% current$code & grepl("[市町村]$", rows$former) & nchar(rows$former) >= 3 &
  !(rows$former %in% names_now), ]
rows <- rows[!duplicated(rows[, c("former", "prefecture")], fromLast = TRUE), ]
rows <- rows[order(rows$now, rows$former), ]
con <- file(args[3], open = "w", encoding = "UTF-8")
writeLines("# Japan's former municipalities and the municipality each is now (e-Stat's record of mergers and separations, as kept by the R package jpcity; refdata/japan/convert-former.R). Tab-separated.", con)
write.table(rows, con, sep = "\t", quote = FALSE, row.names = FALSE, fileEncoding = "UTF-8")
close(con)
cat(nrow(rows), "former municipalities\n")
