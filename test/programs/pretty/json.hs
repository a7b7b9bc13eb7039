-- A JSON pretty printer (objects and arrays that break with sep/nest) over
-- many widths and every mode.
import Prelude hiding ((<>))
import Text.PrettyPrint

data JSON = JNull | JBool Bool | JNum Double | JInt Integer | JStr String | JArr [JSON] | JObj [(String, JSON)]

str :: String -> Doc
str s = doubleQuotes (text (concatMap esc s))
  where
    esc '"' = "\\\""
    esc '\\' = "\\\\"
    esc '\n' = "\\n"
    esc c = [c]

json :: JSON -> Doc
json JNull = text "null"
json (JBool b) = text (if b then "true" else "false")
json (JNum d) = double d
json (JInt i) = integer i
json (JStr s) = str s
json (JArr []) = text "[]"
json (JArr xs) = sep [lbrack <+> fsep (punctuate comma (map json xs)), rbrack]
json (JObj []) = text "{}"
json (JObj kvs) = vcat [lbrace, nest 2 (vcat (punctuate comma [hang (str k <> colon) 4 (json v) | (k, v) <- kvs])), rbrace]

compact :: JSON -> Doc
compact (JArr xs) = brackets (hcat (punctuate comma (map compact xs)))
compact (JObj kvs) = braces (hcat (punctuate comma [str k <> colon <> compact v | (k, v) <- kvs]))
compact v = json v

sample :: JSON
sample =
  JObj
    [ ("name", JStr "hs2stg \"pretty\" test"),
      ("version", JInt 3),
      ("ratio", JNum 0.125),
      ("flags", JArr [JBool True, JBool False, JNull]),
      ("numbers", JArr (map JInt [1 .. 40])),
      ("nested", JObj [("empty", JObj []), ("list", JArr []), ("deep", JArr [JArr [JInt 1, JInt 2], JObj [("k", JStr "v\nw")]])]),
      ("big", JInt (2 ^ 70))
    ]

main :: IO ()
main = do
  mapM_ (\w -> putStrLn ("--- width " ++ show w) >> putStrLn (renderStyle style {lineLength = w} (json sample))) [10, 25, 40, 60, 80, 120]
  mapM_ (\m -> putStrLn ("--- " ++ show m) >> putStrLn (renderStyle style {mode = m, lineLength = 50} (json sample))) [PageMode, ZigZagMode, LeftMode, OneLineMode]
  putStrLn (render (compact sample))
  putStrLn (renderStyle (Style PageMode 30 2.5) (json sample))
