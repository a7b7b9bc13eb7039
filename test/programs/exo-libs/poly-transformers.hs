{-# OPTIONS_GHC -fno-specialise #-}
-- Class-polymorphic helpers (Functor, Applicative, Alternative, Monad,
-- MonadPlus, MonadFix, MonadZip, MonadFail, MonadIO, Foldable, Traversable,
-- Eq1/Ord1/Show1, Contravariant, Bifunctor) kept out of line and
-- unspecialised, applied to transformers' types: each call passes the
-- instance dictionaries, so -O1 code names the instances themselves.
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Monad.Zip
import Control.Monad.IO.Class
import Data.Functor.Classes
import Data.Functor.Contravariant
import Data.Functor.Identity
import Data.Bifunctor
import Data.Bifoldable
import Data.Bitraversable
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import Control.Monad.Trans.Reader
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.Writer.CPS as WC
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import qualified Control.Monad.Trans.RWS.CPS as RC
import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Constant

{-# NOINLINE apps #-}
apps :: Applicative f => f Int -> f Int -> f (Int, Int, Int)
apps a b = (,,) <$> a <*> b <*> (liftA2 (+) a b <* b) <* (a *> pure ()) <* (0 <$ b)

{-# NOINLINE alts #-}
alts :: Alternative f => f Int -> f Int
alts a = (empty <|> a) <|> pure 9

{-# NOINLINE monads #-}
monads :: Monad m => m Int -> m Int
monads a = a >>= \x -> a >> return (x * 2)

{-# NOINLINE plus #-}
plus :: MonadPlus m => m Int -> m Int
plus a = mzero `mplus` a `mplus` mfilter even a

{-# NOINLINE fixes #-}
fixes :: MonadFix m => m [Int] -> m [Int]
fixes a = a >>= \_ -> mfix (\xs -> return (1 : take 2 xs))

{-# NOINLINE zips #-}
zips :: MonadZip m => m Int -> m (Int, Int)
zips a = mzip a (mzipWith (+) a a) >>= \p -> fst (munzip (return (p, p)))

{-# NOINLINE fails #-}
fails :: MonadFail m => m Int -> m Int
fails a = a >>= \x -> if x > 100 then fail "big" else return x

{-# NOINLINE ios #-}
ios :: MonadIO m => m Int
ios = liftIO (return 5)

{-# NOINLINE folds #-}
folds :: Foldable t => t Int -> (Int, Int, [Int], Bool)
folds t = (sum t, length t, foldr (:) [] t, null t)

{-# NOINLINE travs #-}
travs :: Traversable t => t Int -> Maybe (t Int)
travs = traverse (\x -> if x < 0 then Nothing else Just (x + 1))

{-# NOINLINE classes1 #-}
classes1 :: (Eq1 f, Ord1 f, Show1 f) => f Int -> f Int -> (Bool, Ordering, String)
classes1 a b = (eq1 a b, compare1 a b, showsPrec1 11 a "")

{-# NOINLINE contras #-}
contras :: Contravariant f => f Int -> f String
contras = contramap length

{-# NOINLINE bis #-}
bis :: (Bifunctor p, Bifoldable p, Bitraversable p) => p Int Int -> (p String Int, Int, Maybe (p Int Int))
bis p = (first show (second (+ 1) p), bisum p, bitraverse Just Just p)

main :: IO ()
main = do
  print (runIdentityT (apps (IdentityT [1, 2]) (IdentityT [3])), runMaybeT (apps (MaybeT [Just 1]) (MaybeT [Just 2, Nothing])), runExcept (apps (return 1) (return 2) :: Except () (Int, Int, Int)))
  print (runErrorT (apps (return 1) (return 2) :: ErrorT String Maybe (Int, Int, Int)), runListT (apps (ListT (Just [1, 2])) (ListT (Just [3]))), (runReaderT (apps ask (asks (* 2))) 5 :: Maybe (Int, Int, Int)))
  print ((WL.runWriterT (apps (WL.writer (1, "a")) (WL.writer (2, "b"))) :: Maybe ((Int, Int, Int), String)), (WS.runWriterT (apps (WS.writer (1, "a")) (WS.writer (2, "b"))) :: Maybe ((Int, Int, Int), String)), (WC.runWriterT (apps (WC.writer (1, "c")) (WC.writer (2, "d"))) :: Maybe ((Int, Int, Int), String)))
  print (SL.runStateT (apps SL.get (SL.gets (+ 1))) 1 :: Maybe ((Int, Int, Int), Int), SS.runStateT (apps SS.get (SS.gets (+ 1))) 1 :: Maybe ((Int, Int, Int), Int))
  print (RL.runRWST (apps RL.ask RL.get) 1 2 :: Maybe ((Int, Int, Int), Int, String), RS.runRWST (apps RS.ask RS.get) 1 2 :: Maybe ((Int, Int, Int), Int, String), RC.runRWST (apps RC.ask RC.get) 1 2 :: Maybe ((Int, Int, Int), Int, String))
  print (runAccumT (apps (looks length) (add "x" >> return 2)) "ab" :: Maybe ((Int, Int, Int), String), runIdentity (runSelectT (apps (return 1) (return 2)) (\_ -> Identity 'r')), evalCont (apps (return 1) (return 2)))
  print (forwards (apps (Backwards [1, 2]) (Backwards [3])), getReverse (apps (Reverse [1]) (Reverse [2, 3])), unLift (apps (Pure 1) (Other [2, 3])), getConstant (apps (Constant "x") (Constant "y")))
  print (runIdentityT (alts (IdentityT [1])), runMaybeT (alts (MaybeT (Just Nothing))), runExceptT (alts (ExceptT (Just (Left "e")))) :: Maybe (Either String Int), runErrorT (alts (ErrorT (Just (Left "e")))) :: Maybe (Either String Int))
  print (runListT (alts (ListT (Just [1]))), runReaderT (alts (ReaderT (const [1]))) (), WL.runWriterT (alts (WL.writer (1, "w"))) :: [(Int, String)], WS.runWriterT (alts (WS.writer (1, "w"))) :: [(Int, String)], WC.runWriterT (alts (WC.writer (1, "w"))) :: [(Int, String)])
  print (SL.runStateT (alts (SL.state (\s -> (s, s)))) 4 :: [(Int, Int)], SS.runStateT (alts SS.get) 4 :: [(Int, Int)], RL.runRWST (alts RL.get) () 3 :: [(Int, Int, ())], RS.runRWST (alts RS.get) () 3 :: [(Int, Int, ())], RC.runRWST (alts RC.get) () 3 :: [(Int, Int, ())])
  print (runAccumT (alts (return 1)) "" :: [(Int, String)], runSelectT (alts (return 1)) (\_ -> [()]), forwards (alts (Backwards [1])), getReverse (alts (Reverse [1])), unLift (alts (Other [1])))
  print (runIdentityT (monads (IdentityT (Just 3))), runMaybeT (monads (MaybeT [Just 3])), runExceptT (monads (return 3)) :: Maybe (Either () Int), runListT (monads (ListT (Just [1, 2]))), (runReaderT (monads ask) 7 :: Maybe Int))
  print (WL.runWriterT (monads (WL.writer (1, "m"))) :: Maybe (Int, String), WC.runWriterT (monads (WC.writer (1, "m"))) :: Maybe (Int, String), RC.runRWST (monads RC.get) () 2 :: Maybe (Int, Int, String), runAccumT (monads (looks length)) "abc" :: Maybe (Int, String))
  print (runIdentity (runSelectT (monads (return 4)) (\_ -> Identity ())), evalCont (monads (return 5)), getReverse (monads (Reverse [1, 2])))
  print (runIdentityT (plus (IdentityT [1, 2])), runMaybeT (plus (MaybeT [Just 2])), runExceptT (plus (return 4)) :: [Either String Int], runErrorT (plus (return 4)) :: [Either String Int], runListT (plus (ListT (Just [1, 2]))))
  print (runReaderT (plus (lift' [1, 2])) (), WL.runWriterT (plus (WL.writer (2, "p"))) :: [(Int, String)], WS.runWriterT (plus (WS.writer (2, "p"))) :: [(Int, String)], WC.runWriterT (plus (WC.writer (2, "p"))) :: [(Int, String)])
  print (SL.runStateT (plus SL.get) 2 :: [(Int, Int)], SS.runStateT (plus SS.get) 2 :: [(Int, Int)], RL.runRWST (plus RL.get) () 2 :: [(Int, Int, ())], RS.runRWST (plus RS.get) () 2 :: [(Int, Int, ())], RC.runRWST (plus RC.get) () 2 :: [(Int, Int, ())])
  print (runAccumT (plus (return 2)) "" :: [(Int, String)], runSelectT (plus (return 2)) (\_ -> [()]), getReverse (plus (Reverse [1, 2])))
  print (runIdentityT (fixes (IdentityT (Just []))), runMaybeT (fixes (MaybeT (Just (Just [])))), runExceptT (fixes (return [])) :: Maybe (Either () [Int]), runErrorT (fixes (return [])) :: Maybe (Either String [Int]), runListT (fixes (ListT (Just [[]]))), (runReaderT (fixes (return [])) () :: Maybe [Int]))
  print (WL.runWriterT (fixes (return [])) :: Maybe ([Int], String), WS.runWriterT (fixes (return [])) :: Maybe ([Int], String), WC.runWriterT (fixes (return [])) :: Maybe ([Int], String), SL.runStateT (fixes (return [])) 'l' :: Maybe ([Int], Char), SS.runStateT (fixes (return [])) 's' :: Maybe ([Int], Char))
  print (RL.runRWST (fixes (return [])) () () :: Maybe ([Int], (), String), RS.runRWST (fixes (return [])) () () :: Maybe ([Int], (), String), RC.runRWST (fixes (return [])) () () :: Maybe ([Int], (), String), runAccumT (fixes (return [])) "" :: Maybe ([Int], String))
  print (runIdentityT (zips (IdentityT [1, 2])), runMaybeT (zips (MaybeT [Just 1])), runExceptT (zips (return 1)) :: [Either () (Int, Int)], (runReaderT (zips ask) 3 :: [(Int, Int)]), WL.runWriterT (zips (WL.writer (1, "z"))) :: [((Int, Int), String)], WS.runWriterT (zips (WS.writer (1, "z"))) :: [((Int, Int), String)])
  print (runIdentityT (fails (IdentityT (Just 200))), runMaybeT (fails (MaybeT [Just 200])), runExceptT (fails (return 200)) :: Maybe (Either () Int), runErrorT (fails (return 200)) :: Either String (Either String Int), runListT (fails (ListT (Just [200]))), runReaderT (fails ask) 300 :: Maybe Int)
  print (WL.runWriterT (fails (return 200)) :: Maybe (Int, String), WS.runWriterT (fails (return 200)) :: Maybe (Int, String), WC.runWriterT (fails (return 1)) :: Maybe (Int, String), SL.runStateT (fails SL.get) 500 :: Maybe (Int, Int), SS.runStateT (fails SS.get) 5 :: Maybe (Int, Int))
  print (RL.runRWST (fails RL.get) () 500 :: Maybe (Int, Int, String), RS.runRWST (fails RS.get) () 5 :: Maybe (Int, Int, String), RC.runRWST (fails RC.get) () 500 :: Maybe (Int, Int, String), runAccumT (fails (return 200)) "" :: Maybe (Int, String), runSelectT (fails (return 200)) (\_ -> Just ()), getReverse (fails (Reverse [1, 200])))
  a <- runIdentityT ios
  b <- runMaybeT ios
  c <- runExceptT ios :: IO (Either () Int)
  d <- runErrorT ios :: IO (Either String Int)
  e <- runListT ios
  f <- runReaderT ios ()
  g <- WL.runWriterT ios :: IO (Int, String)
  h <- WS.runWriterT ios :: IO (Int, String)
  i <- WC.runWriterT ios :: IO (Int, String)
  j <- SL.runStateT ios ()
  k <- SS.runStateT ios ()
  l <- RL.runRWST ios () () :: IO (Int, (), String)
  m <- RS.runRWST ios () () :: IO (Int, (), String)
  n <- RC.runRWST ios () () :: IO (Int, (), String)
  o <- runAccumT ios "" :: IO (Int, String)
  p <- runSelectT ios (\_ -> return ())
  q <- evalContT ios
  print (a, b, c, d, e, f, g, h, i)
  print (j, k, l, m, n, o, p, q)
  print (folds (IdentityT [1, 2]), folds (MaybeT [Just 1, Nothing]), folds (ExceptT [Right 1, Left 'e']), folds (ErrorT [Right 2, Left 'e']), folds (ListT [[1, 2], [3]]), folds (WL.WriterT [(1, 'w')]), folds (WS.WriterT [(2, 'w')]))
  print (folds (Backwards [1, 2]), folds (Reverse [1, 2]), folds (Pure 1 :: Lift [] Int), folds (Other [1, 2]), folds (Constant 'c' :: Constant Char Int))
  print (fmap runIdentityT (travs (IdentityT [1, 2])), fmap runMaybeT (travs (MaybeT [Just 1])), fmap runExceptT (travs (ExceptT [Right 1, Left 'e'])), fmap runErrorT (travs (ErrorT [Left 'x'])), fmap runListT (travs (ListT [[1], [-1]])), fmap WL.runWriterT (travs (WL.WriterT [(1, 'w')])))
  print (fmap WS.runWriterT (travs (WS.WriterT [(1, 'w')])), fmap forwards (travs (Backwards [1, 2])), fmap getReverse (travs (Reverse [3, 4])), fmap unLift (travs (Other [1])), fmap getConstant (travs (Constant 'k')))
  print (classes1 (IdentityT [1]) (IdentityT [2]), classes1 (MaybeT [Just 1]) (MaybeT [Nothing]), classes1 (ExceptT [Right 1]) (ExceptT [Left 'e']), classes1 (ErrorT [Right 1]) (ErrorT [Left 'e']), classes1 (ListT [[1]]) (ListT [[1, 2]]))
  print (classes1 (WL.WriterT [(1, 'a')]) (WL.WriterT [(1, 'b')]), classes1 (WS.WriterT [(1, 'a')]) (WS.WriterT [(2, 'a')]), classes1 (Backwards [1]) (Backwards [1]), classes1 (Reverse [2]) (Reverse [1]), classes1 (Pure 1 :: Lift [] Int) (Other [1]), classes1 (Constant 'a' :: Constant Char Int) (Constant 'b'))
  print (getPredicate (contramap length (Predicate even)) "ab", getConst' (contras (Constant 'k' :: Constant Char Int)))
  print (map (\f -> getOp f "abc") [runIdentityT (contras (IdentityT (Op show))), getReverse (contras (Reverse (Op show))), forwards (contras (Backwards (Op (show . negate))))])
  print (bis (Constant 3 :: Constant Int Int))
  where
    lift' = ReaderT . const
    getConst' (Constant x) = x
