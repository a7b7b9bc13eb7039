-- xhtml's Debug: Html shown as a tree of coloured tables (debugHtml,
-- treeHtml with its own colours, HtmlTree's HTML instance), and running
-- out of colours.
import Text.XHtml
import Control.Exception

main :: IO ()
main = do
  print (take 6 treeColors)
  putStrLn (prettyHtmlFragment (debugHtml (bold ! [theclass "c", identifier "i"] << "text\nline2" +++ br +++ thediv << (p << "x" +++ "y"))))
  putStrLn (renderHtmlFragment (debugHtml (ulist << [li << "a", li ! [strAttr "k" "<v>"] << noHtml])))
  let tree = HtmlNode (toHtml "hd") [HtmlLeaf (toHtml "l1"), HtmlNode (toHtml "h2") [HtmlLeaf (toHtml "l2")] (toHtml "t2"), HtmlNode (toHtml "e") [] (toHtml "close")] (toHtml "tl")
  putStrLn (prettyHtmlFragment (treeHtml ["#111", "#222", "#333", "#444", "#555", "#666"] tree))
  let node s = HtmlNode (toHtml s) [HtmlLeaf (toHtml "x")] (toHtml ("/" ++ s))
  putStrLn (renderHtmlFragment (treeHtml (map show [1 .. 9 :: Int]) (HtmlNode (toHtml "r") [node "a", node "b", HtmlNode (toHtml "c") [node "d", node "e"] noHtml, node "f"] (toHtml "/r"))))
  putStrLn (renderHtmlFragment (HtmlLeaf (toHtml "leaf")))
  putStrLn (showHtmlFragment [HtmlLeaf (toHtml "a"), HtmlNode (toHtml "b") [] noHtml])
  r <- try (evaluate (length (renderHtmlFragment (treeHtml ["#111"] tree))))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
