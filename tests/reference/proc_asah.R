# Independent reference: pROC's DeLong test on its own aSAH data set (Robin et al. 2011, BMC Bioinformatics 12:77).
# usage: Rscript proc_asah.R OUT.csv
# Writes aSAH's outcome (Poor = 1) with the s100b and wfns scores to OUT.csv and prints, one per line:
# auc_s100b auc_wfns z p ci_low ci_high  (roc.test(s100b, wfns, method = "delong", paired = TRUE))
suppressMessages(library(pROC))
data(aSAH)
args <- commandArgs(trailingOnly = TRUE)
write.csv(data.frame(outcome = as.integer(aSAH$outcome == "Poor"), s100b = aSAH$s100b, wfns = aSAH$wfns),
          args[1], row.names = FALSE, quote = FALSE)
r1 <- roc(aSAH$outcome, aSAH$s100b, levels = c("Good", "Poor"), direction = "<", quiet = TRUE)
r2 <- roc(aSAH$outcome, aSAH$wfns, levels = c("Good", "Poor"), direction = "<", quiet = TRUE)
t <- roc.test(r1, r2, method = "delong", paired = TRUE)
cat(sprintf("%.17g", c(as.numeric(auc(r1)), as.numeric(auc(r2)), t$statistic, t$p.value, t$conf.int[1],
                       t$conf.int[2])), sep = "\n")
