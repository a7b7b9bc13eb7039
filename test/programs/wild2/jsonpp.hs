{-# LANGUAGE OverloadedStrings #-}
-- A JSON parser and pretty-printer over Data.Text.
module Main (main) where

import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Data.Char (isDigit, isSpace, isHexDigit, chr, digitToInt)
import Data.List (intercalate)

data JSON = JNull | JBool Bool | JNum Double | JStr T.Text | JArr [JSON] | JObj [(T.Text, JSON)]
  deriving (Show, Eq)

type P a = T.Text -> Either String (a, T.Text)

ws :: T.Text -> T.Text
ws = T.dropWhile isSpace

value :: P JSON
value t0 = let t = ws t0 in case T.uncons t of
  Nothing -> Left "unexpected end"
  Just (c, r)
    | c == '{' -> object (ws r) []
    | c == '[' -> array (ws r) []
    | c == '"' -> fmap (\(s, r') -> (JStr s, r')) (str r)
    | c == 't', Just r' <- T.stripPrefix "true" t -> Right (JBool True, r')
    | c == 'f', Just r' <- T.stripPrefix "false" t -> Right (JBool False, r')
    | c == 'n', Just r' <- T.stripPrefix "null" t -> Right (JNull, r')
    | c == '-' || isDigit c -> number t
    | otherwise -> Left ("unexpected " ++ show c)

number :: P JSON
number t =
  let (s, r) = T.span (\c -> isDigit c || c `elem` ("-+.eE" :: String)) t
      s' = T.unpack s
      fixed = if '.' `elem` s' || 'e' `elem` s' || 'E' `elem` s' then s' else s' ++ ".0"
      fixed' = case fixed of ('-':rest) -> '-' : lead rest; _ -> lead fixed
      lead x = case x of ('.':_) -> '0':x; _ -> x
  in case reads fixed' :: [(Double, String)] of
       [(d, "")] -> Right (JNum d, r)
       _ -> Left ("bad number " ++ s')

str :: P T.Text
str t = go t []
  where
    go s acc = case T.uncons s of
      Nothing -> Left "unterminated string"
      Just ('"', r) -> Right (T.pack (reverse acc), r)
      Just ('\\', r) -> case T.uncons r of
        Just ('n', r') -> go r' ('\n' : acc)
        Just ('t', r') -> go r' ('\t' : acc)
        Just ('u', r') | T.all isHexDigit (T.take 4 r') && T.length (T.take 4 r') == 4 ->
          go (T.drop 4 r') (chr (foldl (\a d -> a * 16 + digitToInt d) 0 (T.unpack (T.take 4 r'))) : acc)
        Just (c, r') -> go r' (c : acc)
        Nothing -> Left "bad escape"
      Just (c, r) -> go r (c : acc)

array :: T.Text -> [JSON] -> Either String (JSON, T.Text)
array t acc = case T.uncons t of
  Just (']', r) | null acc -> Right (JArr [], r)
  _ -> do
    (v, r) <- value t
    case T.uncons (ws r) of
      Just (',', r') -> array r' (v : acc)
      Just (']', r') -> Right (JArr (reverse (v : acc)), r')
      _ -> Left "expected , or ]"

object :: T.Text -> [(T.Text, JSON)] -> Either String (JSON, T.Text)
object t acc = case T.uncons t of
  Just ('}', r) | null acc -> Right (JObj [], r)
  Just ('"', r) -> do
    (k, r1) <- str r
    case T.uncons (ws r1) of
      Just (':', r2) -> do
        (v, r3) <- value r2
        case T.uncons (ws r3) of
          Just (',', r4) -> object (ws r4) ((k, v) : acc)
          Just ('}', r4) -> Right (JObj (reverse ((k, v) : acc)), r4)
          _ -> Left "expected , or }"
      _ -> Left "expected :"
  _ -> Left "expected key"

render :: Int -> JSON -> T.Text
render ind j = case j of
  JNull -> "null"
  JBool b -> if b then "true" else "false"
  JNum d -> if d == fromIntegral (round d :: Integer) then T.pack (show (round d :: Integer)) else T.pack (show d)
  JStr s -> quote s
  JArr [] -> "[]"
  JArr xs -> T.concat ["[\n", T.intercalate ",\n" [pad (ind + 2) <> render (ind + 2) x | x <- xs], "\n", pad ind, "]"]
  JObj [] -> "{}"
  JObj kvs -> T.concat ["{\n", T.intercalate ",\n" [pad (ind + 2) <> quote k <> ": " <> render (ind + 2) v | (k, v) <- kvs], "\n", pad ind, "}"]
  where pad n = T.replicate n " "

quote :: T.Text -> T.Text
quote s = "\"" <> T.concatMap esc s <> "\""
  where esc '"' = "\\\""
        esc '\\' = "\\\\"
        esc '\n' = "\\n"
        esc c = T.singleton c

main :: IO ()
main = do
  inp <- TIO.getContents
  let docs = filter (not . T.null . T.strip) (T.splitOn "\n---\n" inp)
  mapM_ (\d -> case value d of
            Left e -> TIO.putStrLn ("parse error: " <> T.pack e)
            Right (v, rest) | T.null (ws rest) -> TIO.putStrLn (render 0 v)
                            | otherwise -> putStrLn ("trailing: " ++ show (T.take 10 rest))) docs
  print (value "[1, 2.5, -3e2]")
  putStrLn (intercalate "," (map show [JNull, JBool True]))
