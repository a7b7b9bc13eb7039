{-# OPTIONS_GHC -Wno-deprecations #-}
-- xhtml's Extras: text with entities and line breaks, lists, form
-- widgets, menus and hot links (HTML, ADDATTRS and Show instances).
import Text.XHtml.Transitional

main :: IO ()
main = do
  let frag = putStrLn . renderHtmlFragment
  frag (stringToHtml "a < b & \"c\"" +++ lineToHtml "two  spaces <x>" +++ linesToHtml ["l1", "l 2", "", "l4"])
  frag (linesToHtml [] +++ linesToHtml ["only one"])
  frag (primHtmlChar "amp" +++ copyright +++ spaceHtml +++ bullet +++ p << "para")
  frag (ordList ["x", "y"] +++ unordList [bold << "b", italics << "i"] +++ ordList ([] :: [String]))
  frag (defList [("term", "definition"), ("t2", "d & 2")])
  frag (defList [(bold << "t", 3 `seq` "d")])
  frag (widget "color" "c1" [value "red"] +++ widget "x" "" [])
  frag (concatHtml [checkbox "cb" "1", hidden "h" "2", radio "r" "3", reset "rs" "4", submit "s" "5"])
  frag (concatHtml [password "pw", textfield "tf", afile "af", clickmap "cm"])
  frag (menu "choose" [toHtml "one", bold << "two"])
  frag (gui "/submit" << [textfield "q", submit "go" "Go"])
  let hl = hotlink "http://x.org/a?b=1&c=2" (toHtml "the link")
  frag (toHtml hl)
  frag (toHtml (hl ! [target "_blank"] ! [theclass "c"]))
  frag (toHtml [hl, hotlink "u" noHtml])
  print hl
  print (showsPrec 11 hl "", [hl])
  print (hotLinkURL hl, hotLinkContents hl, hotLinkAttributes (hl ! [identifier "i"]))
  putStrLn (prettyHtml (body ! [bgcolor white, text black, link blue, vlink purple, alink red] << center << font ! [color green, size "3", face "sans"] << "colors" +++ strike << "s" +++ underline << "u"))
  putStrLn (showHtml (hr ! [noshade, align "left"] +++ td ! [nowrap, valign "top", colspan 2, rowspan 3] << "cell" +++ basefont ! [size "2"] +++ iframe ! [src "x"] << noHtml))
