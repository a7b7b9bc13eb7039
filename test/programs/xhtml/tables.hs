-- xhtml's tables: cells beside and above each other with the stretching
-- of shorter columns and rows (colspan/rowspan), simpleTable, Show of
-- tables, and the errors of aboves/besides on no cells.
import Text.XHtml
import Control.Exception

c :: String -> Html
c s = td << s

main :: IO ()
main = do
  let t1 = c "a" <-> c "b" </> c "c"
      t2 = (c "a" </> c "b" </> c "c") <-> c "tall"
      t3 = aboves [c "1", c "2"] <-> besides [c "x", c "y", c "z"] </> c "wide"
      t4 = besides [t1, t2] </> aboves [t3, cell (c "end")]
  mapM_ (putStrLn . renderHtmlFragment . (table <<)) [t1, t2, t3, t4]
  print t1
  print (above (c "p") (c "q"), beside (c "p") (c "q"))
  putStrLn (prettyHtmlFragment (simpleTable [border 1] [align "center"] [[toHtml "r1c1", toHtml "r1c2"], [toHtml "r2c1"]]))
  putStrLn (showHtml (body << table << (th << "h" <-> th << "h2" </> c "x" <-> c "y")))
  r <- try (evaluate (length (show (aboves ([] :: [Html])))))
  putStrLn (either (\e -> "error: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r)
  r2 <- try (evaluate (length (show (besides ([] :: [HtmlTable])))))
  putStrLn (either (\e -> "error: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r2)
