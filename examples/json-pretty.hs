-- A JSON value type with a renderer that escapes strings.
import Data.Char (ord)
import Data.List (intercalate)

data JSON
  = JNull
  | JBool Bool
  | JNum Integer
  | JStr String
  | JArr [JSON]
  | JObj [(String, JSON)]
  deriving (Show, Eq)

escape :: String -> String
escape = concatMap esc
  where
    esc '"' = "\\\""
    esc '\\' = "\\\\"
    esc '\n' = "\\n"
    esc '\t' = "\\t"
    esc c
      | ord c < 32 = "\\u" ++ pad (hex (ord c))
      | otherwise = [c]
    pad s = replicate (4 - length s) '0' ++ s
    hex 0 = "0"
    hex n = reverse (go n)
      where
        go 0 = ""
        go k = "0123456789abcdef" !! (k `mod` 16) : go (k `div` 16)

render :: JSON -> String
render JNull = "null"
render (JBool b) = if b then "true" else "false"
render (JNum n) = show n
render (JStr s) = "\"" ++ escape s ++ "\""
render (JArr xs) = "[" ++ intercalate "," (map render xs) ++ "]"
render (JObj kvs) = "{" ++ intercalate "," [render (JStr k) ++ ":" ++ render v | (k, v) <- kvs] ++ "}"

pretty :: Int -> JSON -> String
pretty ind (JArr xs@(_ : _)) = "[\n" ++ intercalate ",\n" [pad (ind + 2) ++ pretty (ind + 2) x | x <- xs] ++ "\n" ++ pad ind ++ "]"
pretty ind (JObj kvs@(_ : _)) = "{\n" ++ intercalate ",\n" [pad (ind + 2) ++ render (JStr k) ++ ": " ++ pretty (ind + 2) v | (k, v) <- kvs] ++ "\n" ++ pad ind ++ "}"
pretty _ v = render v

pad :: Int -> String
pad n = replicate n ' '

main :: IO ()
main = do
  let doc =
        JObj
          [ ("name", JStr "hs2stg \"test\""),
            ("version", JNum 1),
            ("tags", JArr [JStr "stg", JStr "tab\there", JStr "bell\a"]),
            ("big", JNum (2 ^ (70 :: Int))),
            ("nested", JObj [("ok", JBool True), ("none", JNull), ("neg", JNum (-42))]),
            ("empty", JArr [])
          ]
  putStrLn (render doc)
  putStrLn (pretty 0 doc)
  print (JArr [JNum (-1), JNull])
