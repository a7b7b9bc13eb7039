{-# LANGUAGE FlexibleContexts #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A key = value configuration format written to files and parsed back with
-- each stream type's parseFromFile (String, strict and lazy Text, strict
-- and lazy ByteString), source positions compared and ordered, the Data
-- view of a SourcePos, and parsec's tracing combinators (to stderr).
import Text.Parsec
import qualified Text.Parsec.String as PS
import qualified Text.Parsec.Text as PT
import qualified Text.Parsec.Text.Lazy as PTL
import qualified Text.Parsec.ByteString as PB
import qualified Text.Parsec.ByteString.Lazy as PBL
import qualified Text.ParserCombinators.Parsec as Old
import Data.Data (toConstr, dataTypeOf, gmapQ, Data, cast, constrFields, dataTypeName)
import Data.List (sort)

-- One entry: its key, value and where it started.
type Entry = (String, String, SourcePos)

{-# NOINLINE entries #-}
entries :: Stream s m Char => ParsecT s u m [Entry]
entries = many (skipMany (comment <|> (newline >> return ())) >> entry) <* eof
  where
    comment = char '#' >> skipMany (noneOf "\n") >> return ()
    entry = do
      p <- getPosition
      k <- many1 (alphaNum <|> char '.')
      spaces >> char '=' >> spaces
      v <- many (noneOf "\n#")
      optional comment
      (newline >> return ()) <|> eof
      return (k, reverse (dropWhile (== ' ') (reverse v)), p)

describe :: Either ParseError [Entry] -> String
describe (Left e) = "error: " ++ show e
describe (Right es) = unlines [k ++ " -> " ++ v ++ " @" ++ show (sourceLine p, sourceColumn p) | (k, v, p) <- es]

main :: IO ()
main = do
  writeFile "app.conf" "# settings\nname = hs2stg\nlevel= 1   # the level\n\npath.root =/tmp\n"
  writeFile "bad.conf" "name = x\n= nothing\n"
  r1 <- PS.parseFromFile entries "app.conf"
  putStr (describe r1)
  r2 <- PT.parseFromFile entries "app.conf"
  putStr (describe r2)
  r3 <- PTL.parseFromFile entries "app.conf"
  putStr (describe r3)
  r4 <- PB.parseFromFile entries "app.conf"
  putStr (describe r4)
  r5 <- PBL.parseFromFile entries "bad.conf"
  putStrLn (describe r5)
  r6 <- Old.parseFromFile entries "bad.conf"
  putStrLn (either (\e -> show (errorPos e)) (const "ok") r6)
  -- positions: ordering, equality, Show and the Data view
  case r1 of
    Right es -> do
      let ps = [p | (_, _, p) <- es]
      print (sort (reverse ps) == ps, maximum ps, minimum ps, zipWith compare ps (tail ps), zipWith (<=) ps (tail ps))
      print (head ps == head ps, head ps /= last ps, [p > q | p <- ps, q <- ps], [p >= q | p <- take 2 ps, q <- ps])
      print (showsPrec 11 (head ps) "", showList ps "", toConstr (head ps), dataTypeName (dataTypeOf (head ps)), constrFields (toConstr (head ps)))
      print (gmapQ (\d -> maybe (maybe "?" show (cast d :: Maybe Int)) id (cast d :: Maybe String)) (last ps))
    Left _ -> return ()
  -- tracing (to stderr) and a parse through Text.ParserCombinators.Parsec's runParser
  print (parse (parserTraced "digits" (many1 digit) <* parserTrace "after") "t" "123x")
  print (Old.runParser (Old.many1 Old.letter) () "old" "abc1", runParser (many1 letter >>= \w -> getState >>= \n -> return (w, n)) (7 :: Int) "" "zz")
