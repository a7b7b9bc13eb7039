-- Hand-written Read instances with readPrec, lexP, prec, step, parens, +++, <++
import Text.Read
import qualified Text.Read.Lex as L
import Text.ParserCombinators.ReadPrec (lift, (<++), minPrec)
import qualified Text.ParserCombinators.ReadP as P

data V = V Int Int deriving Show
instance Read V where
  readPrec = parens $ prec 10 $ do
    Ident "V" <- lexP
    a <- step readPrec
    b <- step readPrec
    return (V a b)
  readListPrec = readListPrecDefault

newtype Hex = Hex Int deriving Show
instance Read Hex where
  readPrec = lift (Hex <$> (P.string "#" >> L.readHexP))

data Tok = Tok Lexeme deriving Show
instance Read Tok where
  readPrec = Tok <$> lexP

main :: IO ()
main = do
  print (read "V 1 (-2)" :: V)
  print (read "[V 1 2, (V 3 4)]" :: [V])
  print (readMaybe "V 1" :: Maybe V)
  print (read "#ff" :: Hex)
  print (map (readPrec_to_S (lexP :: ReadPrec Lexeme) 0) ["  foo", "12", "1.5e2", "0x1f", "'c'", "\"s\"", "+-", "::", "(", ""])
  print (readPrec_to_S ((Left <$> (readPrec :: ReadPrec Int)) <++ (Right <$> (readPrec :: ReadPrec Bool))) 0 "True")
  print (readPrec_to_S (readPrec :: ReadPrec (Maybe Int)) 11 "Just 3")
  print (readPrec_to_S (readPrec :: ReadPrec (Maybe Int)) 11 "(Just 3)")
  print (readPrec_to_S (readPrec :: ReadPrec Tok) 0 "x")
