-- xhtml: a page built from elements, attributes and text, rendered the
-- three ways (showHtml, renderHtml, prettyHtml) for the three document
-- types, and the fragments.
import Text.XHtml.Strict
import qualified Text.XHtml.Transitional as T
import qualified Text.XHtml.Frameset as F

page :: Html
page =
  header << (thetitle << "A <test> & \"page\"" +++ meta ! [httpequiv "Content-Type", content "text/html"])
    +++ body ! [theclass "main"]
      << [ h1 << "Heading é ünïcode"
         , paragraph ! [identifier "p1", thestyle "color: red"] << ("Some " +++ bold << "bold" +++ " and " +++ italics << "italic")
         , br
         , hr
         , anchor ! [href "http://example.com/?a=1&b=2"] << "a link"
         , image ! [src "pic.png", alt "a picture", width "10", height "20"]
         , ulist << [li << "one", li << "two"]
         , thediv ! [theclass "empty"] << noHtml
         , thespan << (3 `seq` "x")
         , form ! [action "/go", method "get"] << [input ! [thetype "text", name "q"], textarea ! [rows "2", cols "3"] << "txt"]
         , primHtml "<b>raw</b>"
         , toHtml (Just "maybe") +++ toHtml (Nothing :: Maybe String)
         , concatHtml [pre << "pre  text", blockquote << "q"]
         ]

main :: IO ()
main = do
  putStrLn (showHtml page)
  putStrLn (renderHtml page)
  putStrLn (prettyHtml page)
  putStrLn (T.showHtml (T.center << "c" +++ T.font ! [T.color T.red] << "f"))
  putStrLn (T.renderHtml (T.applet << "a" +++ T.basefont))
  putStrLn (F.prettyHtml (F.frameset ! [F.cols "50%,50%"] << (F.frame ! [F.src "a.html", F.noresize, F.frameborder 0] << noHtml +++ F.noframes << "none")))
  putStrLn (renderHtmlWithLanguage "en" (body << "hi"))
  putStrLn (showHtmlFragment (tag "custom" ! [strAttr "k" "v<", intAttr "n" 5, emptyAttr "flag", htmlAttr "h" (bold << "x")] << "c"))
  putStr (prettyHtmlFragment (thediv << [paragraph << "a", paragraph << noHtml, br]))
  putStrLn (renderHtmlFragment (itag "img" +++ itag "custom" +++ tag "br" noHtml))
  print (page +++ noHtml)
  print [bold << "a", italics << "b"]
  print (strAttr "x" "y\"z", intAttr "i" (-3), [htmlAttr "s" (primHtml "<&>")])
  print (isNoHtml noHtml, isNoHtml br, map htmlAttrPair [href "u", checked])
  putStrLn (stringToHtmlString "<a href=\"x\">&amp; ok</a> ñ \1234")
  print (changeAttrs (paragraph ! [identifier "a"] << "x") (reverse . (theclass "c" :)))
  print ((paragraph ! [identifier "a"]) ! [theclass "b"] << "x")
  print (mempty <> bold << "m" <> mconcat [italics << "n", noHtml])
