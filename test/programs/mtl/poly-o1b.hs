{-# LANGUAGE FlexibleContexts #-}
-- More monad-polymorphic NOINLINE code: at -O1 it names the transformers'
-- Alternative/Foldable/Traversable methods and workers.
import Control.Applicative
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer.Strict
import Control.Monad.Except
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Identity
import qualified Control.Monad.RWS.Strict as RS
import Data.Functor.Identity (Identity(..))
import Data.Foldable (toList, foldl', foldMap')
import Control.Exception (try, evaluate, ErrorCall)

digits :: (Alternative m, MonadState String m) => m String
digits = some digit
  where digit = do
          s <- get
          case s of
            (c : cs) | c >= '0' && c <= '9' -> put cs >> return c
            _ -> empty
{-# NOINLINE digits #-}

spaces :: (Alternative m, MonadState String m) => m String
spaces = many (do { s <- get; case s of { (' ' : cs) -> put cs >> return ' '; _ -> empty } })
{-# NOINLINE spaces #-}

rdAlt :: (Alternative m, Monad m) => ReaderT Int m Int
rdAlt = (ask >>= \x -> if x > 3 then empty else pure x) <|> pure (-1)
{-# NOINLINE rdAlt #-}

wrS :: Monad m => WriterT [Int] m Int
wrS = tell [1] *> liftA2 (+) (writer (3, [3])) (pure 4) <* tell [5]
{-# NOINLINE wrS #-}

rwsS :: Monad m => RS.RWST Int [String] Int m Int
rwsS = liftA2 (+) RS.ask RS.get <* RS.tell ["s"]
{-# NOINLINE rwsS #-}

exAlt :: Monad m => ExceptT [String] m Int
exAlt = throwError ["a"] <|> throwError ["b"] <|> pure 7
{-# NOINLINE exAlt #-}

foldsOf :: (Foldable t, Show (t Int)) => t Int -> String
foldsOf t = show (sum t, product t, length t, null t, toList t) ++ show (foldr (:) [] t, foldl' (+) 0 t, maximum t, minimum t, elem 3 t)
{-# NOINLINE foldsOf #-}

travOf :: Traversable t => t Int -> Maybe (t Int)
travOf = traverse (\x -> if x > 100 then Nothing else Just (x * 2))
{-# NOINLINE travOf #-}

main :: IO ()
main = do
  print (runStateT digits "123abc" :: Maybe (String, String))
  print (runStateT digits "abc" :: Maybe (String, String))
  print (runStateT (liftA2 (,) spaces digits) "   42 rest" :: [((String, String), String)])
  print (runExcept (runStateT digits "9x") :: Either () (String, String))
  print (runReaderT rdAlt 2 :: Maybe Int, runReaderT rdAlt 5 :: [Int])
  print (runWriter wrS)
  print (RS.runRWS rwsS 1 2)
  print (runExcept exAlt)
  putStrLn (foldsOf (ExceptT (Just (Right 3)) :: ExceptT () Maybe Int))
  putStrLn (foldsOf (MaybeT [Just 1, Nothing, Just 3]))
  putStrLn (foldsOf (IdentityT [3, 4, 5]))
  putStrLn (foldsOf (WriterT [(2, "a"), (3, "b")]))
  print (fmap runMaybeT (travOf (MaybeT [Just 1, Nothing])), fmap runIdentityT (travOf (IdentityT [5, 500])))
  print (fmap runExceptT (travOf (ExceptT [Right 1, Left 'e'])), fmap runWriterT (travOf (WriterT (Just (7, "w")))))
  print (foldMap' (\x -> [x]) (ExceptT [Right 1, Left 'x', Right 2]), foldMap' show (MaybeT [Just 1, Nothing, Just 3]))
  print (foldMap' Sum (IdentityT [1, 2, 3]), foldMap' (: []) (WriterT [(4, "a"), (5, "b")]))
  r <- try (evaluate (foldr1 (+) (MaybeT [Nothing, Nothing :: Maybe Int])))
  print (either (\e -> show (e :: ErrorCall)) show r)
  r2 <- try (evaluate (foldl1 (+) (ExceptT [Left 'e' :: Either Char Int])))
  print (either (\e -> show (e :: ErrorCall)) show r2)
  r3 <- try (evaluate (foldr1 (+) (WriterT ([] :: [(Int, String)]))))
  print (either (\e -> show (e :: ErrorCall)) show r3)
