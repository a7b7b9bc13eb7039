-- xhtml: attributes added to and changed on element functions (the
-- ADDATTRS/CHANGEATTRS instances of functions), a class instance of our
-- own using toHtmlFromList's default, Frameset's showHtml/renderHtml,
-- Semigroup's sconcat/stimes, and cells of tables.
import Text.XHtml.Frameset
import qualified Text.XHtml.Table as Tb
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat, stimes)

data Item = Item String Int

instance HTML Item where
  toHtml (Item s n) = bold << s +++ (" x" ++ show n)

main :: IO ()
main = do
  let styled = paragraph ! [theclass "a"]
      changed = changeAttrs (thediv ! [identifier "d", theclass "x"]) (filter (\a -> fst (htmlAttrPair a) /= "class"))
  putStrLn (showHtmlFragment (styled << "p" +++ changed << "d"))
  putStrLn (showHtmlFragment (toHtml [Item "a" 1, Item "b" 2]))
  putStrLn (showHtml (frameset ! [rows "*"] << frame ! [src "f.html"] << noHtml))
  putStrLn (renderHtml (noframes << body << "none"))
  putStrLn (showHtmlFragment (sconcat (bold << "1" :| [italics << "2", toHtml "3"])))
  putStrLn (showHtmlFragment (stimes (3 :: Int) (toHtml "ab")))
  putStrLn (showHtmlFragment (table << (Tb.cell (td << "x") Tb.</> Tb.cell (Tb.cell (td << "y") Tb.<-> td << "z"))))
