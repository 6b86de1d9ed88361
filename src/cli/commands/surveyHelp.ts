export const SURVEY_HELP = `usage: cli survey <file> [--map ITEM=construct,...] [--reverse ITEM,...]
               [--scale ITEM=0-10,...]
The survey report of a file of ratings, read with the app's mapping rules: each item's scale,
the constructs with Cronbach's alpha and mean 0–10 score, NPS and the Jones & Sasser zone
counts. --map entries replace the header suggestions item by item (ITEM=none leaves an item
out); --reverse lists reverse-worded items; --scale sets an item's scale.`;
