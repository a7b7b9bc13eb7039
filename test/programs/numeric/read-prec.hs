import Text.Read
import Text.ParserCombinators.ReadPrec
import qualified Text.ParserCombinators.ReadP as P

data V = V Int deriving Show

instance Read V where
  readPrec = parens $ prec 10 $ do
    Ident "V" <- lexP
    n <- step readPrec
    return (V n)
  readListPrec = readListPrecDefault

newtype Pair = Pair (Int, Int) deriving Show
instance Read Pair where
  readsPrec d = readParen (d > 10) $ \s -> [(Pair (a, b), r) | ("Pair", s1) <- lex s, ((a, b), r) <- readsPrec 11 s1]

main :: IO ()
main = do
  print (read "V 3" :: V, read "(V 4)" :: V, read "[V 1,V 2]" :: [V])
  print (readMaybe "V" :: Maybe V)
  print (read "Pair (1,2)" :: Pair)
  print (readPrec_to_S (readPrec :: ReadPrec Int) 0 "12 x")
  print (readPrec_to_S lexP 0 "  foo bar")
  print (readPrec_to_S lexP 0 "123.5e2")
  print (readPrec_to_S lexP 0 "\"str\" rest")
  print (readPrec_to_S lexP 0 "<= x")
  print (readPrec_to_S (get >>= \c -> get >>= \d -> return [c, d]) 0 "xyz")
  print (readPrec_to_S (look) 0 "abc")
  print (readPrec_to_S (choice [pfail, return 'a', return 'b']) 0 "")
  print (readPrec_to_S (readPrec :: ReadPrec (Maybe Int)) 11 "Just 1")
  print (readPrec_to_S (readPrec :: ReadPrec (Maybe Int)) 10 "Just 1")
  print (fst <$> readPrec_to_S (readListPrec :: ReadPrec [Int]) 0 "[1,2,3]")
  print (lex " hello world", lex "", lex "123abc", lex "'a' x")
  print (readPrec_to_S (reset (prec 5 (step readPrec)) :: ReadPrec Int) 7 "42", readPrec_to_S (prec 5 (return ()) +++ pfail) 6 "")
  print (readPrec_to_S (readP_to_Prec (\n -> P.readS_to_P (reads :: ReadS Int))) 0 "17 r", readPrec_to_S (readS_to_Prec (\n -> reads) :: ReadPrec Bool) 0 "True!")
